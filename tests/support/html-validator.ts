// html-validate with the project's configuration (.htmlvalidate.mjs: recommended, document and a11y presets),
// loaded explicitly so files outside the repository (fixture builds in the temp folder) get the same rules.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';

let validator: Promise<HtmlValidate> | undefined;

function htmlValidate(): Promise<HtmlValidate> {
  validator ??= import(pathToFileURL(resolve('.htmlvalidate.mjs')).href).then(
    (module: { default: ConfigData }) => new HtmlValidate(new StaticConfigLoader(module.default)),
  );
  return validator;
}

/** Every error in one HTML file, as `rule: message (selector)` lines. */
export async function htmlErrors(file: string): Promise<string[]> {
  const report = await (await htmlValidate()).validateFile(file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? `line ${message.line}`})`),
  );
}
