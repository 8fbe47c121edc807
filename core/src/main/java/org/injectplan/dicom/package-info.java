/**
 * Low-level DICOM: the structure scanner that guards every length against the file size
 * before PixelMed parses anything, the transfer-syntax table, access to the bytes of each
 * frame, and the frame decoders (native, RLE, our JPEG-LS decoder, JPEG via ImageIO and
 * PixelMed's codecs, JPEG 2000 under a time limit), palette and YBR colour conversion.
 */
package org.injectplan.dicom;
