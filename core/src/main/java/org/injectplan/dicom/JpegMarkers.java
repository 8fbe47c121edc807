package org.injectplan.dicom;

/**
 * Tells whether the three components of a JPEG frame are YCbCr (to be converted to RGB) or RGB.
 * The Photometric Interpretation decides, as in dcmtk's default: YBR_* means YCbCr, RGB means
 * RGB; except that a stream that says otherwise explicitly (a JFIF marker, or an Adobe marker's
 * transform flag) is believed, since some scanners write RGB for YCbCr streams.
 */
final class JpegMarkers {

  private JpegMarkers() {
  }

  static boolean isYcc(byte[] jpeg, String photometric) {
    int i = 2;
    boolean jfif = false;
    int adobeTransform = -1;
    int[] ids = null;
    while (i + 4 <= jpeg.length) {
      if ((jpeg[i] & 0xFF) != 0xFF) {
        i++;
        continue;
      }
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
        i += marker == 0xFF ? 1 : 2;
        continue;
      }
      int len = (jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF);
      int data = i + 4;
      if (marker == 0xDA || marker == 0xD9 || len < 2) {
        break;
      }
      if (marker == 0xE0 && len >= 7 && startsWith(jpeg, data, "JFIF\0")) {
        jfif = true;
      } else if (marker == 0xEE && len >= 14 && startsWith(jpeg, data, "Adobe")) {
        adobeTransform = jpeg[data + 11] & 0xFF;
      } else if (isStartOfFrame(marker) && data + 6 + 9 <= jpeg.length && (jpeg[data + 5] & 0xFF) == 3) {
        ids = new int[] {jpeg[data + 6] & 0xFF, jpeg[data + 9] & 0xFF, jpeg[data + 12] & 0xFF};
      }
      i = data + len - 2;
    }
    if (jfif) {
      return true;
    }
    if (adobeTransform >= 0) {
      return adobeTransform != 0;
    }
    if (photometric.startsWith("YBR")) {
      return true;
    }
    if ("RGB".equals(photometric)) {
      return false;
    }
    return ids == null || !(ids[0] == 'R' && ids[1] == 'G' && ids[2] == 'B');
  }

  private static boolean isStartOfFrame(int m) {
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != (byte) s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
