#!/usr/bin/python3
"""Writes dlib's face recognition ResNet, as ported to TensorFlow.js by @vladmandic/face-api, as an ONNX graph
that OpenCV 4.6's dnn module loads (docs/face.md, "Matching").

    convert.py <face_recognition_model-weights_manifest.json> <out.onnx>

The architecture follows the package's src/faceRecognitionNet (FaceRecognitionNet.ts, convLayer.ts,
residualLayer.ts, scaleLayer.ts), checked line by line:
  - input: a 150x150 RGB chip, 0..255; (x - [122.782, 117.001, 104.298]) / 255
  - convLayer = conv2d + bias, then scale (x * weights + biases), then relu unless "NoRelu";
    stride 1 convolutions use 'same' padding, stride 2 ones ('down') use 'valid' padding
  - conv32_down (7x7 stride 2), max pool 3x3 stride 2 'valid'
  - residual: relu(convNoRelu(conv(x)) + x)
  - residualDown: out = convNoRelu(convDown(x)); pooled = avgPool 2x2 stride 2 'valid' of x, channels padded
    with zeros to out's; when out is a row and a column smaller than pooled, out gets a zero row at the bottom
    and a zero column at the right; relu(pooled + out)
  - mean over height and width, then a 256x128 matrix: the 128-d descriptor
Only Conv, MaxPool, Pad, Add, Relu, GlobalAveragePool, Flatten and Gemm are used (OpenCV 4.6 supports them all).
Exact rewrites: the scale layer and the input normalisation are folded into the convolutions (the first one has
'valid' padding, so no border sees the mean), and "average pool + zero channels" is one 2x2 stride 2 convolution
whose weights are 1/4 on the diagonal.

Only the standard library, numpy and onnx (Debian: python3-numpy, python3-onnx): the output is byte-for-byte the
same for the same input, so its SHA-256 is pinned (tools/face-model/pins.env).
"""

import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

MEAN_RGB = np.array([122.782, 117.001, 104.298], dtype=np.float64)
INPUT_DIVISOR = 255.0
CHIP = 150

RESIDUAL_BLOCKS = [
    ("conv32_1", False), ("conv32_2", False), ("conv32_3", False),
    ("conv64_down", True), ("conv64_1", False), ("conv64_2", False), ("conv64_3", False),
    ("conv128_down", True), ("conv128_1", False), ("conv128_2", False),
    ("conv256_down", True), ("conv256_1", False), ("conv256_2", False),
    ("conv256_down_out", True),
]


def read_weights(manifest_path):
    """Every tensor of the manifest, dequantised as tfjs does: value = q * scale + min."""
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    folder = os.path.dirname(manifest_path)
    weights = {}
    for group in manifest:
        data = b"".join(open(os.path.join(folder, p), "rb").read() for p in group["paths"])
        offset = 0
        for entry in group["weights"]:
            shape = entry["shape"]
            count = int(np.prod(shape)) if shape else 1
            q = entry.get("quantization")
            if q is None:
                if entry["dtype"] != "float32":
                    raise ValueError(f"{entry['name']}: unsupported dtype {entry['dtype']}")
                values = np.frombuffer(data, dtype="<f4", count=count, offset=offset).astype(np.float64)
                offset += 4 * count
            elif q["dtype"] == "uint8" and "scale" in q and "min" in q:
                raw = np.frombuffer(data, dtype=np.uint8, count=count, offset=offset)
                values = raw.astype(np.float64) * q["scale"] + q["min"]
                offset += count
            else:
                raise ValueError(f"{entry['name']}: unsupported quantization {q}")
            weights[entry["name"]] = values.reshape(shape)
        if offset != len(data):
            raise ValueError(f"{len(data) - offset} bytes of {group['paths']} not described by the manifest")
    return weights


class Graph:
    def __init__(self, weights):
        self.weights = weights
        self.used = set()
        self.nodes = []
        self.initializers = []
        self.counter = 0

    def take(self, name):
        self.used.add(name)
        return self.weights[name]

    def name(self, stem):
        self.counter += 1
        return f"{stem}_{self.counter}"

    def constant(self, stem, array):
        n = self.name(stem)
        self.initializers.append(numpy_helper.from_array(np.asarray(array, dtype=np.float32), n))
        return n

    def node(self, op, inputs, stem, **attributes):
        out = self.name(stem)
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attributes))
        return out

    def conv_layer(self, x, prefix, stride, relu, fold_input=False):
        """convLayer.ts: conv2d + bias, scale layer, optional relu; scale (and the input normalisation for the
        first layer) folded into the convolution's weights and bias."""
        filters = self.take(f"{prefix}/conv/filters")  # tfjs HWIO
        bias = self.take(f"{prefix}/conv/bias")
        gamma = self.take(f"{prefix}/scale/weights")
        beta = self.take(f"{prefix}/scale/biases")
        w = filters.transpose(3, 2, 0, 1)  # OIHW
        b = bias.copy()
        if fold_input:
            # conv(W, (x - m) / d) = conv(W / d, x) - sum(W * m) / d, exact with 'valid' padding.
            b = b - np.einsum("oihw,i->o", w, MEAN_RGB) / INPUT_DIVISOR
            w = w / INPUT_DIVISOR
        w = w * gamma[:, None, None, None]
        b = b * gamma + beta
        k = w.shape[2]
        pads = [0, 0, 0, 0] if stride == 2 else [k // 2] * 4
        out = self.node("Conv", [x, self.constant(prefix + "_w", w), self.constant(prefix + "_b", b)],
                        prefix.replace("/", "_"), kernel_shape=[k, k], strides=[stride, stride], pads=pads)
        return self.node("Relu", [out], "relu") if relu else out

    def residual(self, x, prefix, channels_in, size_in):
        out = self.conv_layer(x, f"{prefix}/conv1", 1, True)
        out = self.conv_layer(out, f"{prefix}/conv2", 1, False)
        return self.node("Relu", [self.node("Add", [out, x], "add")], "relu"), channels_in, size_in

    def residual_down(self, x, prefix, channels_in, size_in):
        out = self.conv_layer(x, f"{prefix}/conv1", 2, True)
        out = self.conv_layer(out, f"{prefix}/conv2", 1, False)
        channels_out = self.weights[f"{prefix}/conv2/conv/filters"].shape[3]
        size_out = (size_in - 3) // 2 + 1
        pooled_size = size_in // 2
        # avgPool 2x2 stride 2 'valid' and zero channels up to channels_out: one convolution.
        pool = np.zeros((channels_out, channels_in, 2, 2))
        for c in range(channels_in):
            pool[c, c] = 0.25
        pooled = self.node("Conv", [x, self.constant(prefix + "_pool", pool)], "pool", kernel_shape=[2, 2],
                           strides=[2, 2], pads=[0, 0, 0, 0])
        if size_out != pooled_size:
            if pooled_size - size_out != 1:
                raise ValueError(f"{prefix}: out {size_out}, pooled {pooled_size}")
            # residualLayer.ts concatenates a zero row at the end of axis 1 (height) and a zero column at the
            # end of axis 2 (width).
            pads = self.constant_int64(prefix + "_pads", [0, 0, 0, 0, 0, 0, 1, 1])
            out = self.node("Pad", [out, pads], "pad", mode="constant")
        return self.node("Relu", [self.node("Add", [pooled, out], "add")], "relu"), channels_out, pooled_size

    def constant_int64(self, stem, values):
        n = self.name(stem)
        self.initializers.append(numpy_helper.from_array(np.asarray(values, dtype=np.int64), n))
        return n


def build(weights):
    g = Graph(weights)
    x = g.conv_layer("input", "conv32_down", 2, True, fold_input=True)
    size = (CHIP - 7) // 2 + 1
    x = g.node("MaxPool", [x], "maxpool", kernel_shape=[3, 3], strides=[2, 2], pads=[0, 0, 0, 0])
    size = (size - 3) // 2 + 1
    channels = 32
    for prefix, down in RESIDUAL_BLOCKS:
        x, channels, size = (g.residual_down if down else g.residual)(x, prefix, channels, size)
    x = g.node("GlobalAveragePool", [x], "mean")
    x = g.node("Flatten", [x], "flat", axis=1)
    fc = g.take("fc")  # [256, 128]: descriptor = mean @ fc
    x = g.node("Gemm", [x, g.constant("fc_w", fc.T)], "fc", transB=1)
    unused = set(weights) - g.used
    if unused:
        raise ValueError(f"weights the architecture does not use: {sorted(unused)}")
    g.nodes[-1].output[0] = "descriptor"
    graph = helper.make_graph(
        g.nodes, "dlib_face_recognition_resnet_v1",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, CHIP, CHIP])],
        [helper.make_tensor_value_info("descriptor", TensorProto.FLOAT, [1, 128])],
        g.initializers)
    model = helper.make_model(graph, producer_name="ssc-terminal tools/face-model/convert.py",
                              opset_imports=[helper.make_opsetid("", 11)])
    model.ir_version = 6
    onnx.checker.check_model(model)
    return model


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    model = build(read_weights(sys.argv[1]))
    tmp = sys.argv[2] + ".tmp"
    with open(tmp, "wb") as f:
        f.write(model.SerializeToString())
    os.replace(tmp, sys.argv[2])


if __name__ == "__main__":
    main()
