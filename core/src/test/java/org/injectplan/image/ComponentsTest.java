package org.injectplan.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ComponentsTest {
  @Test
  void refusesASizeMismatch() {
    assertThrows(IllegalArgumentException.class, () -> Components.label(new boolean[3], 2, 2));
  }

  @Test
  void labelsFourConnectedBlobsWithTheirStatistics() {
    String[] rows = {
        "##...",
        "##..#",
        "...#.",
        "...#."};
    int w = 5;
    boolean[] fg = new boolean[20];
    for (int i = 0; i < 20; i++) {
      fg[i] = rows[i / w].charAt(i % w) == '#';
    }
    Components c = Components.label(fg, w, 4);
    assertEquals(3, c.blobs().size(), "diagonal pixels are not 4-connected");
    Components.Blob square = c.blob(c.labelAt(0, 0));
    assertEquals(4, square.area());
    assertEquals(2, square.widthPx());
    assertEquals(0.5, (double) square.sumX() / square.area(), 0);
    Components.Blob bar = c.blob(c.labelAt(3, 3));
    assertEquals(2, bar.area());
    assertEquals(2, bar.minY());
    assertEquals(3, bar.maxY());
    assertEquals(0, c.labelAt(2, 0));
    assertEquals(0, c.labelAt(-1, 0));
  }
}
