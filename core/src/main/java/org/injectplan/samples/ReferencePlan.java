package org.injectplan.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A reference plan, derived from a sample's truth geometry by the rules in
 * {@link UsReferenceRules} and {@link XaReferenceRules}; written in the plan keys of DESIGN.md.
 *
 * @param calibration {mmPerPixelX, mmPerPixelY, source, region} as the loader will read it
 */
record ReferencePlan(String file, String sopInstanceUid, String studyInstanceUid, int frame, ObjectNode calibration,
    double targetXPx, double targetYPx, double entryXPx, double entryYPx, String joint, String approach,
    double angleDeg, String angleReference, double depthMm, double pathLengthMm, double minClearanceMm,
    String avoidName, double needleLengthMm, double volumeMl, String volumeSource, double fractionInCapsule,
    List<String> warnings, String rules) {

  static final String VERSION = "1";

  ReferencePlan {
    warnings = List.copyOf(warnings);
  }

  ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode scan = root.putObject("scan");
    scan.put("file", file);
    scan.put("sopInstanceUid", sopInstanceUid);
    scan.put("studyInstanceUid", studyInstanceUid);
    root.put("frame", frame);
    root.set("calibration", calibration);
    point(root.putObject("target"), targetXPx, targetYPx);
    point(root.putObject("entry"), entryXPx, entryYPx);
    root.put("joint", joint);
    root.put("approach", approach);
    root.put("angleDeg", round(angleDeg));
    root.put("angleReference", angleReference);
    root.put("depthMm", round(depthMm));
    root.put("pathLengthMm", round(pathLengthMm));
    root.put("minClearanceMm", round(minClearanceMm));
    root.put("avoid", avoidName);
    ObjectNode needle = root.putObject("needle");
    needle.put("gauge", ClinicalFigures.GAUGE);
    needle.put("lengthMm", needleLengthMm);
    ObjectNode dep = root.putObject("deposition");
    dep.put("volumeMl", volumeMl);
    dep.put("bolusRadiusMm", round(ClinicalFigures.bolusRadiusMm(volumeMl)));
    dep.put("fractionInCapsule", round(fractionInCapsule));
    dep.put("source", volumeSource);
    ObjectNode dose = root.putObject("dose");
    dose.put("cells", ClinicalFigures.CELLS);
    dose.put("cellsPerMl", ClinicalFigures.CELLS / volumeMl);
    dose.put("source", ClinicalFigures.CELLS_SOURCE);
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    root.put("rules", rules);
    root.put("reference", true);
    root.put("version", VERSION);
    return root;
  }

  private static void point(ObjectNode n, double x, double y) {
    n.put("xPx", round(x));
    n.put("yPx", round(y));
  }

  /** Three decimals: plans are read by people, and the JSON must be byte-stable. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
