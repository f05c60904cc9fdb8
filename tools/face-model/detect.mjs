// Where the faces are in a photo, as the package's own face detector (SSD MobileNet v1, TensorFlow.js on the
// CPU) finds them: how tests/fixtures/faces/face-api-samples.txt was made (docs/face.md, "Matching").
//   node detect.mjs <unpacked package folder> <photo.rgb> <width> <height>
// The photo is 8-bit RGB, row by row (ImageMagick: convert photo.jpg -depth 8 rgb:photo.rgb). Prints one line
// per face: x y width height score, left to right.
import fs from 'node:fs';
import { loadFaceApi, readWeights } from './faceapi.mjs';

const [packageDir, photo, width, height] = process.argv.slice(2);
if (!packageDir || !photo || !width || !height) {
  console.error('usage: node detect.mjs <package folder> <photo.rgb> <width> <height>');
  process.exit(2);
}
const faceapi = await loadFaceApi(packageDir);
await faceapi.nets.ssdMobilenetv1.loadFromWeightMap(readWeights(faceapi, packageDir, 'ssd_mobilenetv1_model'));
const input = faceapi.tf.tensor3d(new Uint8Array(fs.readFileSync(photo)), [Number(height), Number(width), 3], 'int32');
const faces = await faceapi.detectAllFaces(input, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 }));
faces.sort((a, b) => a.box.x - b.box.x);
for (const face of faces) {
  const { x, y, width: w, height: h } = face.box;
  console.log([x, y, w, h].map((v) => Math.round(v)).join(' '), face.score.toFixed(3));
}
