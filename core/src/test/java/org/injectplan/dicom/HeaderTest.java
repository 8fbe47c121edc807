package org.injectplan.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FloatDoubleAttribute;
import com.pixelmed.dicom.IntegerStringAttribute;
import org.junit.jupiter.api.Test;

class HeaderTest {

  @Test
  void leadingIntegerIsTolerantButNotGullible() {
    assertTrue(Header.leadingInteger("A1").isEmpty());
    assertTrue(Header.leadingInteger("").isEmpty());
    assertEquals(1, Header.leadingInteger("1A").getAsInt());
    assertEquals(12, Header.leadingInteger(" 12 ").getAsInt());
    assertEquals(-3, Header.leadingInteger("-3").getAsInt());
    assertTrue(Header.leadingInteger("99999999999").isEmpty(), "overflow is not a number");
  }

  @Test
  void readsBinaryDoublesWithoutRounding() throws Exception {
    AttributeList l = new AttributeList();
    FloatDoubleAttribute a = new FloatDoubleAttribute(DicomTags.PHYSICAL_DELTA_X);
    a.addValue(-0.2293750081863255);
    l.put(a);
    assertEquals(-0.2293750081863255, new Header(l).decimal(DicomTags.PHYSICAL_DELTA_X).getAsDouble(), 0);
  }

  @Test
  void absentValuesAreEmptyNotZero() throws Exception {
    AttributeList l = new AttributeList();
    IntegerStringAttribute frames = new IntegerStringAttribute(DicomTags.NUMBER_OF_FRAMES);
    l.put(frames);
    Header h = new Header(l);
    assertTrue(h.integer(DicomTags.NUMBER_OF_FRAMES).isEmpty());
    assertTrue(h.decimal(DicomTags.PIXEL_SPACING).isEmpty());
    assertTrue(h.string(DicomTags.PATIENT_NAME).isEmpty());
  }
}
