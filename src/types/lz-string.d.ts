// lz-string 1.5 ships without its type declarations; these are the two functions the link uses.
declare module 'lz-string' {
  const LZString: {
    compressToEncodedURIComponent(input: string): string;
    /** null (or an empty or garbled string) when the input was not made by the compressor. */
    decompressFromEncodedURIComponent(input: string): string | null;
  };
  export default LZString;
}
