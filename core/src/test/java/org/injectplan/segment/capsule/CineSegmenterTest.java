package org.injectplan.segment.capsule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.injectplan.samples.SampleCase;
import org.injectplan.samples.SampleGenerator;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;
import org.injectplan.segment.BestFrame;
import org.injectplan.segment.ProgressListener;
import org.injectplan.segment.SegmentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CineSegmenterTest {
  private final CapsuleSegmenter seg = new CapsuleSegmenter(CapsuleParams.DEFAULTS);

  @Test
  void refusesBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> new CineSegmenter(null, 1));
    assertThrows(IllegalArgumentException.class, () -> new CineSegmenter(seg, 0));
  }

  /** A generated knee cine (another seed than the committed one): one or two threads, same masks. */
  @Test
  void segmentsEveryFrameTheSameOnOneAndTwoThreadsFollowingThePreviousFrame(@TempDir Path dir) throws Exception {
    SampleGenerator.Written w = SampleGenerator.generate(SampleCase.KNEE_CINE, 77, dir, "knee-cine-77");
    try (Scan scan = ScanLoader.open(w.dicom())) {
      AtomicInteger calls = new AtomicInteger();
      List<SegmentOutcome> one = new CineSegmenter(seg, 1).segmentAll(scan, Optional.empty(), (d, t) -> calls.incrementAndGet());
      List<SegmentOutcome> two = new CineSegmenter(seg, 2).segmentAll(scan, Optional.empty(), ProgressListener.NONE);
      assertEquals(scan.frameCount(), one.size());
      assertEquals(scan.frameCount(), calls.get());
      List<Double> areas = new ArrayList<>();
      for (int i = 0; i < one.size(); i++) {
        assertTrue(one.get(i).isFound(), "frame " + i + ": " + one.get(i).reason());
        assertEquals(one.get(i).get().mask(), two.get(i).get().mask(), "frame " + i);
        if (i > 0) {
          assertTrue(one.get(i).get().how().startsWith("tracked"), one.get(i).get().how());
        }
        areas.add(one.get(i).get().areaMm2());
      }
      // The probe compresses the recess mid-sweep (frame 0 at rest): the area falls, then recovers.
      assertTrue(areas.get(6) < 0.9 * areas.get(0), areas.toString());
      BestFrame best = BestFrame.choose(one).orElseThrow();
      assertTrue(best.frame() <= 2 || best.frame() >= 10, "the recess is largest near rest (frames 0-2, 10-11): " + best + " " + areas);
    }
  }
}
