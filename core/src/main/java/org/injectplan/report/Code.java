package org.injectplan.report;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import org.injectplan.dicom.DicomTags;

/**
 * A coded concept (Code Value, Coding Scheme Designator, Code Meaning), as DICOM PS3.16 lists it.
 *
 * @param value the code value, e.g. "131197000"
 * @param scheme the coding scheme designator: SCT, DCM, UCUM, or ours, {@link PlanCodes#SCHEME}
 * @param meaning the code meaning
 */
record Code(String value, String scheme, String meaning) {
  Code {
    if (value == null || value.isBlank() || scheme == null || scheme.isBlank() || meaning == null
        || meaning.isBlank()) {
      throw new IllegalArgumentException("a code needs a value, a scheme and a meaning: " + value + ", " + scheme
          + ", " + meaning);
    }
    if (value.length() > 16) {
      throw new IllegalArgumentException("a short code value has at most 16 characters: " + value);
    }
  }

  /** The code as a sequence item. */
  AttributeList item() throws DicomException {
    AttributeList l = new AttributeList();
    DicomModules.put(l, DicomTags.CODE_VALUE, value);
    DicomModules.put(l, DicomTags.CODING_SCHEME_DESIGNATOR, scheme);
    DicomModules.put(l, DicomTags.CODE_MEANING, meaning);
    return l;
  }
}
