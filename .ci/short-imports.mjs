// Short names for the wasm's imports of its JavaScript glue: wasm-bindgen names each one after
// its binding and a hash (`__wbg_setAttribute_2e3c…`), and every name is written twice, in the
// wasm's import section and in the glue's import object, where the hashes do not compress.
// Used by .ci/split-wasm.mjs on the main module and its glue, after wasm-bindgen.
const uleb = (n) => {
  const bytes = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    bytes.push(byte);
  } while (n);
  return Buffer.from(bytes);
};

/** `wasm` with the hashed names of its imports from `module` shortened; `js` with the same
 * names replaced. */
export function shortenImports(wasm, js, module) {
  let pos = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = wasm[pos++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return result >>> 0;
  };
  const name = () => {
    const length = leb();
    const text = wasm.subarray(pos, pos + length).toString('utf8');
    pos += length;
    return text;
  };
  const limits = () => {
    const flags = leb();
    leb();
    if (flags & 1) leb();
  };
  const renamed = new Map();
  while (pos < wasm.length) {
    const sectionStart = pos;
    const id = wasm[pos++];
    const size = leb();
    const end = pos + size;
    if (id !== 2) {
      pos = end;
      continue;
    }
    const parts = [];
    const count = leb();
    parts.push(uleb(count));
    for (let i = 0; i < count; i++) {
      const moduleStart = pos;
      const from = name();
      const moduleBytes = wasm.subarray(moduleStart, pos);
      const field = name();
      const descStart = pos;
      const kind = wasm[pos++];
      if (kind === 0) leb();
      else if (kind === 1) { pos++; limits(); }
      else if (kind === 2) limits();
      else if (kind === 3) pos += 2;
      else if (kind === 4) { pos++; leb(); }
      else throw new Error(`import ${from}.${field}: unknown kind ${kind}`);
      let short = field;
      if (from === module && /_[0-9a-f]{16}$/.test(field)) {
        short = `_${renamed.size.toString(36)}`;
        renamed.set(field, short);
      }
      parts.push(moduleBytes, uleb(Buffer.byteLength(short)), Buffer.from(short), wasm.subarray(descStart, pos));
    }
    if (pos !== end) throw new Error('import section: not read to its end');
    const content = Buffer.concat(parts);
    const shortened = Buffer.concat([wasm.subarray(0, sectionStart), Buffer.from([2]), uleb(content.length), content, wasm.subarray(end)]);
    let glue = js;
    for (const [field, short] of renamed) {
      const uses = glue.split(field).length - 1;
      if (uses !== 1) throw new Error(`glue: ${field} appears ${uses} times, not once`);
      glue = glue.replace(field, short);
    }
    return { wasm: shortened, js: glue };
  }
  throw new Error('no import section');
}
