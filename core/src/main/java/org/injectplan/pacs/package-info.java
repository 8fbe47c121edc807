/**
 * The PACS, both ways. Sending the report's DICOM files: DICOM C-STORE
 * ({@link org.injectplan.pacs.CStoreSender}, PixelMed) and DICOMweb STOW-RS
 * ({@link org.injectplan.pacs.StowSender}, java.net.http); a send either stores every file or throws
 * a {@link org.injectplan.pacs.SendException} saying why, and never touches the files. Searching and
 * retrieving scans ({@link org.injectplan.pacs.QueryRetrieve}): DICOMweb QIDO-RS and WADO-RS
 * ({@link org.injectplan.pacs.DicomWebClient}), or DIMSE C-FIND and C-GET
 * ({@link org.injectplan.pacs.DimseClient}); {@link org.injectplan.pacs.Fetch} puts what arrives into
 * a folder whole or not at all. A failed query or retrieve is a {@link org.injectplan.pacs.PacsException}.
 */
package org.injectplan.pacs;
