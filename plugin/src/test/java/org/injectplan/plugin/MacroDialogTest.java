package org.injectplan.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without a display the dialog reads the recorded keys (first word of each label) from the macro
 * options. ImageJ hands options only to threads named as its macro threads ({@code Run$_...}),
 * so the test thread is named so while it runs.
 */
class MacroDialogTest {
  private String threadName;

  @BeforeEach
  void likeAMacroThread() {
    threadName = Thread.currentThread().getName();
    Thread.currentThread().setName("Run$_" + threadName);
  }

  @AfterEach
  void noOptionsLeft() {
    Macro.setOptions(null);
    Thread.currentThread().setName(threadName);
  }

  private static MacroDialog dialog() {
    MacroDialog d = new MacroDialog("Test");
    d.addChoice("Joint:", new String[] {"knee", "hip"}, "knee");
    d.addNumber("Volume (mL):", 4, 1);
    d.addCheckbox("DICOM too", true);
    d.addDirectory("Folder:", "/tmp");
    return d;
  }

  @Test
  void aValueThatIsNotANumberIsRefusedNamingTheField() {
    Macro.setOptions("joint=hip volume=lots folder=/x");
    MacroDialog d = dialog();
    assertTrue(d.show());
    d.nextChoice();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, d::nextNumber);
    assertTrue(e.getMessage().contains("Volume") && e.getMessage().contains("lots"), e.getMessage());
  }

  @Test
  void theKeysAreTheFirstWordsOfTheLabels() {
    Macro.setOptions("joint=hip volume=2.5 folder=[/tmp/a b] ");
    MacroDialog d = dialog();
    assertTrue(d.show());
    assertEquals("hip", d.nextChoice());
    assertEquals(2.5, d.nextNumber(), 0);
    assertFalse(d.nextBoolean(), "a checkbox absent from a macro's options is off, as ImageJ records it");
    assertEquals("/tmp/a b", d.nextDirectory());
  }

  @Test
  void aCheckboxIsOnWhenItsKeyIsPresent() {
    Macro.setOptions("dicom joint=hip");
    MacroDialog d = dialog();
    d.show();
    d.nextChoice();
    d.nextNumber();
    assertTrue(d.nextBoolean());
  }

  @Test
  void withoutAMacroTheDefaultsHold() {
    MacroDialog d = dialog();
    d.show();
    assertEquals("knee", d.nextChoice());
    assertEquals(4, d.nextNumber(), 0);
    assertTrue(d.nextBoolean());
    assertEquals("/tmp", d.nextDirectory());
  }
}
