package org.injectplan.pacs;

/** The form of a DICOM UID (PS3.5 9.1): what goes into a URL, a query or a file name from the PACS. */
final class Uids {
  private Uids() {
  }

  static boolean valid(String uid) {
    return uid != null && uid.length() <= 64 && uid.matches("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");
  }

  static String require(String uid, String what) {
    if (!valid(uid)) {
      throw new IllegalArgumentException(what + " is not a DICOM UID (digits and dots, at most 64): " + uid);
    }
    return uid;
  }
}
