// ico-endec ships no types: the function the site uses (src/lib/site-icon.ts), and the one its test reads back with.
declare module 'ico-endec' {
  const icoEndec: {
    /** An ICO file holding the given PNG (or BMP) images, one entry each. */
    encode(images: (Buffer | ArrayBuffer)[]): Buffer;
    /** The images of an ICO file. */
    decode(ico: Buffer | ArrayBuffer): { width: number; height: number; imageType: 'png' | 'bmp'; imageData: Buffer }[];
  };
  export default icoEndec;
}
