package org.injectplan.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.injectplan.image.Mask;
import org.injectplan.image.MaskPng;
import org.injectplan.plan.ScanReference;
import org.injectplan.scan.Scan;
import org.injectplan.scan.ScanLoader;

/** The committed samples, through the class path: scans, truth masks and reference plans. */
final class Samples {
  static final List<String> US = List.of("knee-us", "knee-cine", "shoulder-us", "shoulder-cine", "hip-us",
      "hip-cine");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Samples() {
  }

  static Path folder(String id) {
    URL u = Samples.class.getResource("/org/injectplan/samples/" + id + "/" + id + ".dcm");
    if (u == null) {
      throw new IllegalStateException(id + " is not on the class path");
    }
    try {
      return Path.of(u.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path dicom(String id) {
    return folder(id).resolve(id + ".dcm");
  }

  static JsonNode plan(String id) throws IOException {
    return MAPPER.readTree(folder(id).resolve(id + ".plan.json").toFile());
  }

  static JsonNode truth(String id) throws IOException {
    return MAPPER.readTree(folder(id).resolve(id + ".truth.json").toFile());
  }

  static Mask mask(String id, String kind, int frame) throws IOException {
    return MaskPng.read(folder(id).resolve(String.format("masks/%s-f%02d.png", kind, frame)));
  }

  /** The planner's answer on frame 0 of an ultrasound sample from its truth masks. */
  static PlanningResult planUs(String id) throws Exception {
    return planUs(id, Side.EITHER);
  }

  static PlanningResult planUs(String id, Side side) throws Exception {
    try (Scan scan = ScanLoader.open(dicom(id))) {
      JointPreset preset = JointPreset.of(plan(id).get("joint").asText());
      UsRequest req = new UsRequest(preset, PlanParams.of(preset), mask(id, "capsule", 0),
          Map.of(plan(id).get("avoid").asText(), mask(id, "avoid", 0)), mask(id, "bone", 0), null, null, side,
          null, 5e7, 1);
      ScanReference ref = new ScanReference(id + ".dcm", scan.identity().sopInstanceUid(),
          scan.identity().studyInstanceUid());
      return new UsPlanner(NeedleCatalogue.standard()).plan(ref, 0, scan.calibration(), req);
    }
  }

  /** Runs the command line in-process: {exit status, stdout, stderr}. */
  static String[] run(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int rc = org.injectplan.cli.Main.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    return new String[] {Integer.toString(rc), out.toString(), err.toString()};
  }
}
