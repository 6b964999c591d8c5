// One worker of writeWordList (word-list.ts): counts the words of the fragment files it is given and posts the counts back.
import { parentPort, workerData } from 'node:worker_threads';
import { countWords, fragmentContent } from './word-list.ts';

parentPort!.postMessage(countWords((workerData as string[]).map(fragmentContent)));
