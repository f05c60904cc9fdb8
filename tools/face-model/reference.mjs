// The face descriptor as the package's own JavaScript computes it (TensorFlow.js bundled in face-api.esm.js,
// plain CPU backend): the reference the ONNX conversion is checked against (tests/face/tst_descriptormatcher).
//   node reference.mjs <unpacked package folder> <chip.rgb>...
// Each chip is 150x150 RGB, 8 bits, row by row (67,500 bytes). Prints one line of 128 numbers per chip.
import fs from 'node:fs';
import { loadFaceApi, readWeights } from './faceapi.mjs';

const [packageDir, ...chips] = process.argv.slice(2);
if (!packageDir || chips.length === 0) {
  console.error('usage: node reference.mjs <package folder> <chip.rgb>...');
  process.exit(2);
}
const faceapi = await loadFaceApi(packageDir);
const net = new faceapi.FaceRecognitionNet();
net.loadFromWeightMap(readWeights(faceapi, packageDir, 'face_recognition_model'));

for (const chip of chips) {
  const rgb = fs.readFileSync(chip);
  if (rgb.length !== 150 * 150 * 3) {
    console.error(`${chip}: ${rgb.length} bytes, not 150x150 RGB`);
    process.exit(1);
  }
  const input = faceapi.tf.tensor3d(new Uint8Array(rgb), [150, 150, 3], 'int32');
  const descriptor = await net.computeFaceDescriptor(input);
  input.dispose();
  console.log(Array.from(descriptor).map((v) => v.toPrecision(9)).join(' '));
}
