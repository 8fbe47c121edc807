package org.injectplan.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.injectplan.plan.Plan;
import org.injectplan.plan.ScanReference;
import org.injectplan.plan.Structure;
import org.injectplan.plan.Triangulated;
import org.injectplan.scan.ScanIdentity;

/**
 * De-identification by the DICOM Basic Application Level Confidentiality Profile (PS3.15 E.1),
 * for the attributes a report carries: names, IDs, dates of birth, accession number,
 * institution, study date, time, description and ID are removed or replaced by a dummy (actions
 * X and Z); UIDs are replaced (U), consistently within one instance of this class, so that the
 * outputs still reference each other. Manufacturer, model, body part, laterality, modality and
 * SOP class are kept (the profile keeps them). The plan's scan file name, which may name the
 * patient, is replaced, and so is a second (biplane) view's.
 */
public final class Deidentifier {
  /** The patient name written in place of the real one. */
  public static final String DUMMY_NAME = "DEIDENTIFIED";
  /** The scan file name written in place of the real one in a de-identified plan. */
  public static final String DUMMY_FILE = "deidentified-scan.dcm";
  /** The second (biplane) view's file name written in place of the real one. */
  public static final String DUMMY_OTHER_FILE = "deidentified-second-view.dcm";
  /** Code of the profile in the De-identification Method Code Sequence (CID 7050). */
  public static final String PROFILE_CODE = "113100";
  public static final String PROFILE_MEANING = "Basic Application Confidentiality Profile";

  private final Map<String, String> uids = new HashMap<>();

  /** The replacement of {@code uid}, the same for the same UID. */
  public String uid(String uid) {
    if (uid == null || uid.isBlank()) {
      return Uids.newUid();
    }
    return uids.computeIfAbsent(uid, u -> Uids.newUid());
  }

  public ScanIdentity identity(ScanIdentity id) {
    return new ScanIdentity(DUMMY_NAME, "", "", "", "", "", "", "", "", "", "",
        uid(id.studyInstanceUid()), uid(id.seriesInstanceUid()), uid(id.sopInstanceUid()), id.sopClassUid(),
        id.modality(), id.manufacturer(), id.manufacturerModelName(), id.bodyPartExamined(), id.laterality());
  }

  /**
   * The plan with its scan references replaced and, when {@code id} is given, the patient's name
   * and IDs taken out of its free text: joint, approach, angle reference, the structure to avoid,
   * the structure names and the warnings.
   */
  public Plan plan(Plan plan, ScanIdentity id) {
    return plan(id == null ? plan : scrubbed(plan, new FreeTextScrubber(id)));
  }

  private static Plan scrubbed(Plan p, FreeTextScrubber s) {
    Structure capsule = p.capsule() == null ? null : new Structure(s.scrub(p.capsule().name()), p.capsule().contourPx());
    List<Structure> avoid = p.avoidStructures().stream().map(a -> new Structure(s.scrub(a.name()), a.contourPx()))
        .toList();
    return new Plan(p.scan(), p.frame(), p.calibration(), p.target(), p.entry(), s.scrub(p.joint()),
        s.scrub(p.approach()), p.angleDeg(), s.scrub(p.angleReference()), p.depthMm(), p.pathLengthMm(),
        p.minClearanceMm(), s.scrub(p.avoid()), p.needle(), p.deposition(), p.dose(), s.scrub(p.warnings()), capsule,
        avoid, p.version(), p.depthKnown(), p.triangulation());
  }

  public Plan plan(Plan plan) {
    ScanReference s = plan.scan();
    Plan out = plan.withScan(new ScanReference(DUMMY_FILE, uid(s.sopInstanceUid()), uid(s.studyInstanceUid())));
    Triangulated t = plan.triangulation();
    if (t != null) {
      ScanReference o = t.otherView();
      out = out.withTriangulation(new Triangulated(new ScanReference(DUMMY_OTHER_FILE, uid(o.sopInstanceUid()),
          uid(o.studyInstanceUid())), t.otherTargetPx(), t.targetMm(), t.errorMm(), t.reprojectionErrorPx()));
    }
    return out;
  }
}
