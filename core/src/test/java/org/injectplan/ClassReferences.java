package org.injectplan;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names in its constant pool: its class entries (what it instantiates,
 * calls, casts to, reads fields of) and the types in the descriptors of the members and method
 * types it refers to. Internal names ({@code a/b/C}), arrays and primitives left out. Enough to
 * follow what a class may load when it runs, short of reflection.
 */
public final class ClassReferences {
  private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;<>]+);");

  private ClassReferences() {
  }

  /** The internal names of the classes the class file refers to; IOException for a bad file. */
  public static Set<String> of(byte[] classFile, String name) throws IOException {
    return read(classFile, name, false);
  }

  /**
   * The internal names of the classes whose members (methods, constructors, fields) the class
   * file uses: a call, a {@code new}, a field read or written. A class named only as a type, or
   * as the outer class of a nested type it uses (the {@code InnerClasses} attribute), is not among them.
   */
  public static Set<String> memberOwners(byte[] classFile, String name) throws IOException {
    return read(classFile, name, true);
  }

  private static Set<String> read(byte[] classFile, String name, boolean ownersOnly) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException(name + ": not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    List<Integer> classIndices = new ArrayList<>();
    List<Integer> descriptorIndices = new ArrayList<>();
    List<Integer> ownerIndices = new ArrayList<>();
    int[] classNameIndex = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> {
          classNameIndex[i] = in.readUnsignedShort();
          classIndices.add(classNameIndex[i]);
        }
        case 9, 10, 11 -> { // Fieldref, Methodref, InterfaceMethodref: class, NameAndType
          ownerIndices.add(in.readUnsignedShort());
          in.readUnsignedShort();
        }
        case 16 -> descriptorIndices.add(in.readUnsignedShort()); // MethodType
        case 12 -> { // NameAndType: name, descriptor
          in.readUnsignedShort();
          descriptorIndices.add(in.readUnsignedShort());
        }
        case 8, 19, 20 -> in.readUnsignedShort(); // String, Module, Package
        case 15 -> in.skipBytes(3); // MethodHandle
        case 3, 4, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> { // Long, Double take two slots
          in.skipBytes(8);
          i++;
        }
        default -> throw new IOException(name + ": constant pool tag " + tag + " at entry " + i);
      }
    }
    Set<String> names = new TreeSet<>();
    if (ownersOnly) {
      for (int classEntry : ownerIndices) {
        String n = utf8[classNameIndex[classEntry]];
        if (n != null && !n.startsWith("[")) {
          names.add(n);
        }
      }
      return names;
    }
    for (int index : classIndices) {
      String n = utf8[index];
      if (n.startsWith("[")) {
        addTypes(n, names);
      } else {
        names.add(n);
      }
    }
    for (int index : descriptorIndices) {
      addTypes(utf8[index], names);
    }
    return names;
  }

  private static void addTypes(String descriptor, Set<String> names) {
    Matcher m = OBJECT_TYPE.matcher(descriptor);
    while (m.find()) {
      names.add(m.group(1));
    }
  }
}
