/**
 * Sending the report's DICOM files to a PACS: DICOM C-STORE ({@link org.injectplan.pacs.CStoreSender},
 * PixelMed) and DICOMweb STOW-RS ({@link org.injectplan.pacs.StowSender}, java.net.http). A send
 * either stores every file or throws a {@link org.injectplan.pacs.SendException} saying why;
 * it never touches the files.
 */
package org.injectplan.pacs;
