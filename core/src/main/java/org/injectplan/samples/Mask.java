package org.injectplan.samples;

import ij.process.ByteProcessor;
import java.io.IOException;
import java.io.OutputStream;
import org.injectplan.io.FramePng;

/** A full-frame truth mask: 255 inside, 0 outside when written as PNG. */
public record Mask(int columns, int rows, boolean[] inside) {
  public Mask {
    if (inside.length != columns * rows) {
      throw new IllegalArgumentException("mask holds " + inside.length + " values, expected " + columns * rows);
    }
  }

  boolean at(int x, int y) {
    return x >= 0 && y >= 0 && x < columns && y < rows && inside[y * columns + x];
  }

  int count() {
    int n = 0;
    for (boolean b : inside) {
      n += b ? 1 : 0;
    }
    return n;
  }

  void writePng(OutputStream out) throws IOException {
    byte[] px = new byte[inside.length];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (inside[i] ? 255 : 0);
    }
    FramePng.write(new ByteProcessor(columns, rows, px), out);
  }
}
