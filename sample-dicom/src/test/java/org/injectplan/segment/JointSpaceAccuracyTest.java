package org.injectplan.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.injectplan.bench.JointSpaceAccuracy;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.segment.jointspace.JointSpaceParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Joint-space centre-line error on the fluoroscopy samples, issue 4's goal: at most 1.0 mm on
 * every XA sample, automatic and seeded. The truth centre line is the truth joint-space mask's
 * centre line by the same rule as ours ({@link CentreLine#of}: the mask's skeleton); the error is
 * the mean symmetric distance between the two lines ({@link CentreLine#meanDistanceMm}), in the
 * header's millimetres; the click of seeded mode is the middle point of the truth centre line
 * ({@link JointSpaceAccuracy}). Every candidate target must lie inside the truth mask. The same
 * holds on the XA cases of another seed, so that the defaults are not tuned to one draw.
 */
class JointSpaceAccuracyTest {
  private static final double MAX_CENTRE_LINE_ERROR_MM = 1.0;
  /** A seed other than the committed one (the defaults were also checked on 778 and 4). */
  private static final long OTHER_SEED = 777;

  @TempDir
  Path tmp;

  static Path samples() throws URISyntaxException {
    URL u = JointSpaceAccuracyTest.class.getResource("/org/injectplan/samples/hip-ap-xa/hip-ap-xa.dcm");
    if (u == null) {
      throw new IllegalStateException("the committed samples are not on the class path");
    }
    return Path.of(u.toURI()).getParent().getParent();
  }

  private static void assertMeetsTheGoal(Path dir, String id) throws Exception {
    JointSpaceAccuracy.CaseFigures f = JointSpaceAccuracy.measure(dir, id, JointSpaceParams.DEFAULTS, 1);
    System.out.printf("%-18s centre-line error: automatic %.2f mm, seeded %.2f mm (goal %.1f mm)%n", id,
        f.automatic().centreLineErrorMm(), f.seeded().centreLineErrorMm(), MAX_CENTRE_LINE_ERROR_MM);
    for (JointSpaceAccuracy.ModeFigures m : new JointSpaceAccuracy.ModeFigures[] {f.automatic(), f.seeded()}) {
      assertTrue(m.centreLineErrorMm() <= MAX_CENTRE_LINE_ERROR_MM, id + ": " + m);
      assertTrue(m.targets() > 0, id + ": no candidate target");
      assertEquals(m.targets(), m.targetsInTruth(), id + ": candidate targets outside the truth mask");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"facet-oblique-xa", "spine-ap-xa", "spine-lateral-xa", "hip-ap-xa"})
  void committedSampleMeetsTheGoalInBothModes(String id) throws Exception {
    assertMeetsTheGoal(samples(), id);
  }

  @Test
  void anotherSeedMeetsTheGoalInBothModes() throws Exception {
    for (SampleCase c : new SampleCase[] {SampleCase.FACET_OBLIQUE_XA, SampleCase.SPINE_AP_XA,
        SampleCase.SPINE_LATERAL_XA, SampleCase.HIP_AP_XA}) {
      SampleGenerator.generate(c, OTHER_SEED, tmp, c.id());
      assertMeetsTheGoal(tmp, c.id());
    }
  }
}
