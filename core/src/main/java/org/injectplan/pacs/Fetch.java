package org.injectplan.pacs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.injectplan.dicom.BadScanException;
import org.injectplan.dicom.ByteSource;
import org.injectplan.dicom.DatasetScanner;
import org.injectplan.dicom.DicomTags;
import org.injectplan.dicom.Header;
import org.injectplan.dicom.HeaderReader;
import org.injectplan.io.AtomicOutput;
import org.injectplan.segment.ProgressListener;

/**
 * Retrieves into a folder all or nothing: the instances arrive in a private staging folder, each
 * is parsed (a part that is not DICOM, or belongs to another study or series, fails the whole
 * fetch), and only then are they written into the destination as {@code <SOP Instance UID>.dcm},
 * each through {@link AtomicOutput}. A failure at any step leaves the destination as it was:
 * files already moved in by this fetch are removed again, and the staging folder always goes.
 */
public final class Fetch {
  private Fetch() {
  }

  /** The files written, in the order the PACS sent them. */
  public static List<Path> fetch(QueryRetrieve pacs, RetrieveRequest request, Path outDir, boolean overwrite,
      ProgressListener progress) throws IOException {
    Path staging = Files.createTempDirectory("injectplan-fetch-");
    try {
      List<Path> received = pacs.retrieve(request, staging, progress);
      if (received.isEmpty()) {
        throw new PacsException(pacs.name(), "nothing retrieved for " + request.describe(), null);
      }
      Map<Path, Path> targets = targets(pacs, request, received, outDir);
      for (Path t : targets.values()) {
        if (!overwrite && Files.exists(t)) {
          throw new FileAlreadyExistsException(t.toString(), null, "exists (use --force to overwrite)");
        }
      }
      return commit(targets, overwrite);
    } finally {
      deleteTree(staging);
    }
  }

  /** Where each received file goes; checks that each is a DICOM instance of what was asked. */
  private static Map<Path, Path> targets(QueryRetrieve pacs, RetrieveRequest request, List<Path> received,
      Path outDir) throws PacsException {
    Map<Path, Path> targets = new LinkedHashMap<>();
    int n = 0;
    for (Path f : received) {
      n++;
      Header h;
      try (ByteSource src = ByteSource.of(f)) {
        h = HeaderReader.read(f, DatasetScanner.scan(f, src));
      } catch (BadScanException e) {
        throw new PacsException(pacs.name(), "instance " + n + " of " + received.size() + " is not a readable DICOM"
            + " file: " + e.reason(), e);
      } catch (IOException e) {
        throw new PacsException(pacs.name(), "instance " + n + " cannot be read back: " + e.getMessage(), e);
      }
      String sop = h.string(DicomTags.SOP_INSTANCE_UID).orElse("");
      requireSame(pacs, n, "Study Instance UID", request.studyInstanceUid(), h.string(DicomTags.STUDY_INSTANCE_UID)
          .orElse(""));
      if (request.seriesInstanceUid().isPresent()) {
        requireSame(pacs, n, "Series Instance UID", request.seriesInstanceUid().get(),
            h.string(DicomTags.SERIES_INSTANCE_UID).orElse(""));
      }
      if (!Uids.valid(sop)) {
        throw new PacsException(pacs.name(), "instance " + n + " has no valid SOP Instance UID: " + sop, null);
      }
      Path target = outDir.resolve(sop + ".dcm");
      if (targets.containsValue(target)) {
        throw new PacsException(pacs.name(), "instance " + sop + " was sent twice", null);
      }
      targets.put(f, target);
    }
    return targets;
  }

  private static void requireSame(QueryRetrieve pacs, int n, String what, String asked, String got)
      throws PacsException {
    if (!asked.equals(got)) {
      throw new PacsException(pacs.name(), "instance " + n + " has " + what + " " + got + ", not the " + asked
          + " asked for", null);
    }
  }

  private static List<Path> commit(Map<Path, Path> targets, boolean overwrite) throws IOException {
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<Path, Path> e : targets.entrySet()) {
        AtomicOutput.write(e.getValue(), overwrite, out -> Files.copy(e.getKey(), out));
        written.add(e.getValue());
      }
      return written;
    } catch (IOException | RuntimeException e) {
      for (Path w : written) {
        Files.deleteIfExists(w);
      }
      throw e;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
