// @vladmandic/face-api's browser bundle (TensorFlow.js inside) made to run in plain Node, CPU backend: for the
// reference descriptors (reference.mjs) and the sample photos' face boxes (detect.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadFaceApi(packageDir) {
  // The bundle would register tfjs's Node platform, whose util module it left out: import it with Node's
  // version hidden, then give tfjs the little platform it needs (a clock and text encoding).
  const versions = process.versions;
  Object.defineProperty(process, 'versions', { value: {}, configurable: true });
  // The bundle is an ES module named .js in a package that does not say so: Node 18 (Debian 12's) reads it as
  // CommonJS and fails. A copy named .mjs is read as what it is, on every Node.
  const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'face-api-')), 'face-api.esm.mjs');
  fs.copyFileSync(path.join(packageDir, 'dist', 'face-api.esm.js'), bundle);
  const faceapi = await import(pathToFileURL(bundle).href);
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  Object.defineProperty(process, 'versions', { value: versions, configurable: true });
  faceapi.tf.setPlatform('node-plain', {
    fetch: globalThis.fetch,
    now: () => performance.now(),
    encode: (text) => new TextEncoder().encode(text),
    decode: (bytes) => new TextDecoder().decode(bytes),
    isTypedArray: (a) => ArrayBuffer.isView(a) && !(a instanceof DataView),
  });
  faceapi.env.initialize(); // face-api's own environment (Node's, now that the version shows again)
  await faceapi.tf.setBackend('cpu');
  await faceapi.tf.ready();
  return faceapi;
}

// The weights of one of the package's models, as tfjs decodes them (uint8 quantised: q * scale + min).
export function readWeights(faceapi, packageDir, model) {
  const modelDir = path.join(packageDir, 'model');
  const manifest = JSON.parse(fs.readFileSync(path.join(modelDir, `${model}-weights_manifest.json`)));
  const bytes = Buffer.concat(manifest[0].paths.map((p) => fs.readFileSync(path.join(modelDir, p))));
  return faceapi.tf.io.decodeWeights(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    manifest[0].weights);
}
