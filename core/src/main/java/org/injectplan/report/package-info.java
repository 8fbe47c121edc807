/**
 * The plan as a document: the PDF/A-2b report (key image with overlay, intensity profile along
 * the needle path, key figures with units and calibration source, literature, sign-off), the
 * DICOM Encapsulated PDF and Secondary Capture in the source study, the plan as a DICOM
 * Segmentation and a TID 1500 Measurement Report (Comprehensive SR), and de-identification by the
 * Basic Application Level Confidentiality Profile. Builds bytes in memory; writing files and
 * sending are the caller's.
 */
package org.injectplan.report;
