/**
 * A loaded scan: its frames (decoded on demand), its physical calibration with the provenance
 * of every millimetre, and the identity of the patient, study and instance for the report.
 * {@link org.injectplan.scan.ScanLoader} is the entry point.
 */
package org.injectplan.scan;
