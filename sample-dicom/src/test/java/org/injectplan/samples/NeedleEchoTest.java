package org.injectplan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The needle's echo in the map: a bright specular shaft, dimmer when steeper, reverberation below only. */
class NeedleEchoTest {
  private static final UsGeometry G = new UsGeometry(200, 140, 0, 0, 200, 140, 0.1);

  private static EchoMap tissue() {
    return EchoMap.uniform(G.regionColumns(), G.regionRows(), G.mmPerPixel(), 0.5, 0.9);
  }

  private static ScattererField field() {
    return ScattererField.covering(tissue(), 12, 7L);
  }

  private static double echo(EchoMap m, double x, double y) {
    return m.echo()[(int) y * m.columns() + (int) x];
  }

  @Test
  void aTipAboveTheEntryOrNoDiameterIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NeedleEcho(10, 0, 100, 0, 22, 0.72));
    assertThrows(IllegalArgumentException.class, () -> new NeedleEcho(10, 0, 100, 50, 22, 0));
    assertThrows(IllegalArgumentException.class, () -> new NeedleEcho(10, 0, 100, 50, 99, 0.72));
  }

  @Test
  void angleAndLengthFollowEntryAndTip() {
    NeedleEcho n = new NeedleEcho(0, 0, 100, 100, 22, 0.72);
    assertEquals(45, n.angleDeg(), 1e-9);
    assertEquals(Math.sqrt(2) * 10, n.lengthMm(0.1), 1e-9);
    assertEquals(45, new NeedleEcho(100, 0, 0, 100, 22, 0.72).angleDeg(), 1e-9, "from the right too");
  }

  @Test
  void theShaftIsBrightUpToTheTipAndTheReverberationFadesBelowIt() {
    NeedleEcho n = new NeedleEcho(0, 0, 150, 80, 22, 0.72);
    EchoMap m = n.paint(tissue(), G, field());
    double ux = 150 / Math.hypot(150, 80);
    double uy = 80 / Math.hypot(150, 80);
    double shaft = echo(m, 75 * ux, 75 * uy);
    assertTrue(shaft > 3, "the shaft is far brighter than tissue (0.5): " + shaft);
    assertEquals(0.5, echo(m, 150 + 10 * ux, 80 + 10 * uy), 1e-6, "nothing beyond the tip");
    assertEquals(0.5, echo(m, 60, 60 * 80.0 / 150 - 6), 1e-6, "nothing above the shaft");
    double step = 7.2 / ux; // one diameter along the beam, in pixels of 0.1 mm
    double[] copies = new double[4];
    for (int k = 1; k <= 4; k++) {
      copies[k - 1] = echo(m, 60, 60 * 80.0 / 150 + k * step);
    }
    assertTrue(copies[0] < shaft && copies[1] < copies[0] && copies[2] < copies[1], "a fading ladder below: "
        + java.util.Arrays.toString(copies));
    assertEquals(NeedleEcho.REVERB_RATIO * shaft, copies[0], 1e-3 * shaft);
  }

  @Test
  void aSteeperNeedleIsDimmerByTheObliquityOfItsSurface() {
    ScattererField f = field();
    NeedleEcho flat = new NeedleEcho(0, 0, 190, 20, 22, 0.72);
    NeedleEcho steep = new NeedleEcho(0, 0, 100, 100, 22, 0.72);
    double flatEcho = echo(flat.paint(tissue(), G, f), 95, 10) * power(f, flat);
    double steepEcho = echo(steep.paint(tissue(), G, f), 50, 50) * power(f, steep);
    double expected = UsAnatomy.obliquity(new double[] {0, Math.cos(Math.toRadians(45))})
        / UsAnatomy.obliquity(new double[] {0, Math.cos(Math.atan2(20, 190))});
    assertTrue(expected < 0.7, "the obliquity rule dims 45 deg against 6 deg: " + expected);
    assertEquals(expected, steepEcho / flatEcho, 1e-4, "in-phase echo per pixel, the scatterer's power taken out");
  }

  /** The power of the one scatterer the needle's pixels look up (the one at its tip). */
  private static double power(ScattererField f, NeedleEcho n) {
    int cell = f.index((n.tipXPx() - G.regionX0()) * G.mmPerPixel(), (n.tipYPx() - G.regionY0()) * G.mmPerPixel());
    return f.re(cell) * f.re(cell) + f.im(cell) * f.im(cell);
  }

  @Test
  void onlyTheNeedleCaseHasANeedleAndItShowsKneeUs() {
    for (SampleCase c : SampleCase.values()) {
      assertEquals(c == SampleCase.KNEE_US_NEEDLE, c.hasNeedle(), c.id());
      assertEquals(c.hasNeedle() ? "knee-us" : c.id(), c.anatomyId(), c.id());
    }
  }
}
