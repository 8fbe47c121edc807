package org.injectplan.plan;

/**
 * The scan a plan was made on: the file as given to the planner and its DICOM identity.
 *
 * @param file the scan file as the planner was given it (a path; relative paths are resolved
 *     against the plan file's folder)
 */
public record ScanReference(String file, String sopInstanceUid, String studyInstanceUid) {
  public ScanReference {
    PlanChecks.requireText(file, "scan.file");
    PlanChecks.requireText(sopInstanceUid, "scan.sopInstanceUid");
    PlanChecks.requireText(studyInstanceUid, "scan.studyInstanceUid");
  }
}
