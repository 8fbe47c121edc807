package org.injectplan.pacs;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.StoredFilePathStrategy;
import com.pixelmed.network.FindSOPClassSCU;
import com.pixelmed.network.GetSOPClassSCU;
import com.pixelmed.network.IdentifierHandler;
import com.pixelmed.network.ReceivedObjectHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.injectplan.dicom.DicomTags;
import org.injectplan.segment.ProgressListener;

/**
 * Query and retrieve by DIMSE, for a PACS without DICOMweb: C-FIND (Study Root, study, series
 * and image level) and C-GET through PixelMed. C-GET brings the instances back on the same
 * association, so no port of ours has to be known to the PACS (C-MOVE would need one). PixelMed
 * reports no C-GET status, so success is every instance an image-level C-FIND listed received,
 * and nothing else; each association is bounded by {@link BoundedAssociation}. The progress
 * listener is called on the caller's thread (every 100 ms while a C-GET lasts, and once at its
 * end), so that a listener that throws a {@link java.util.concurrent.CancellationException}
 * cancels the retrieve at once, even in the middle of one long cine.
 */
public final class DimseClient implements QueryRetrieve {
  /** More answers than this is a query too wide to be meant; the PACS is asked to narrow it. */
  static final int MAX_ANSWERS = 10_000;
  /** Storage classes proposed when the PACS does not say which classes a study holds. */
  static final List<String> DEFAULT_STORAGE_CLASSES = List.of(SOPClass.UltrasoundImageStorage,
      SOPClass.UltrasoundMultiframeImageStorage, SOPClass.XRayAngiographicImageStorage,
      "1.2.840.10008.5.1.4.1.1.12.2" /* X-Ray Radiofluoroscopic Image Storage */,
      SOPClass.SecondaryCaptureImageStorage, SOPClass.EncapsulatedPDFStorage);

  private final PacsAddress pacs;
  private final String callingAet;
  private final Duration timeout;

  /** @param timeout how long the PACS may stay silent before the association is given up */
  public DimseClient(PacsAddress pacs, String callingAet, Duration timeout) {
    PacsAddress.requireAet(callingAet, "calling AE title");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.pacs = pacs;
    this.callingAet = callingAet;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return pacs.toString();
  }

  @Override
  public List<StudyEntry> findStudies(StudyQuery query) throws PacsException {
    List<StudyEntry> out = new ArrayList<>();
    for (AttributeList a : find(identifier(() -> DimseIdentifiers.studies(query)))) {
      String uid = DimseIdentifiers.text(a, DicomTags.STUDY_INSTANCE_UID);
      if (Uids.valid(uid)) {
        out.add(DimseIdentifiers.study(a));
      }
    }
    return out;
  }

  @Override
  public List<SeriesEntry> listSeries(String study) throws PacsException {
    Uids.require(study, "Study Instance UID");
    List<AttributeList> series = find(identifier(() -> DimseIdentifiers.series(study)));
    if (series.isEmpty()) {
      throw new PacsException(name(), "no study " + study + " on the PACS", null);
    }
    List<AttributeList> instances = find(identifier(() -> DimseIdentifiers.instances(RetrieveRequest.study(study))));
    List<SeriesEntry> out = new ArrayList<>();
    for (AttributeList s : series) {
      if (Uids.valid(DimseIdentifiers.text(s, DicomTags.SERIES_INSTANCE_UID))) {
        out.add(DimseIdentifiers.series(s, instances));
      }
    }
    return out;
  }

  @Override
  public List<Path> retrieve(RetrieveRequest request, Path staging, ProgressListener progress)
      throws PacsException {
    List<AttributeList> listed = find(identifier(() -> DimseIdentifiers.instances(request)));
    if (listed.isEmpty()) {
      throw new PacsException(name(), "no " + request.describe() + " on the PACS", null);
    }
    Set<String> classes = new LinkedHashSet<>();
    for (AttributeList a : listed) {
      String c = DimseIdentifiers.text(a, DicomTags.SOP_CLASS_UID);
      if (Uids.valid(c)) {
        classes.add(c);
      } else {
        classes.addAll(DEFAULT_STORAGE_CLASSES); // the PACS did not say: propose the usual ones
      }
    }
    AttributeList id = identifier(() -> DimseIdentifiers.retrieve(request));
    List<Path> received = Collections.synchronizedList(new ArrayList<>());
    ReceivedObjectHandler handler = new ReceivedObjectHandler() {
      @Override
      public void sendReceivedObjectIndication(String file, String transferSyntax, String callingAet) {
        received.add(Path.of(file)); // on PixelMed's thread: the listener is called on ours, below
      }
    };
    Runnable tell = () -> progress.progress(received.size(), listed.size());
    BoundedAssociation.run(pacs, timeout, "C-GET", (host, port) -> new GetSOPClassSCU(host, port,
        pacs.calledAet(), callingAet, SOPClass.StudyRootQueryRetrieveInformationModelGet, id,
        new IdentifierHandler(), staging.toFile(), StoredFilePathStrategy.BYSOPINSTANCEUIDINSINGLEFOLDER, handler,
        classes, true, false, false), tell);
    tell.run();
    if (received.size() != listed.size()) {
      throw new PacsException(name(), String.format("C-GET brought %d of the %d instance(s) the PACS listed for %s"
          + " (refused, or the connection ended)", received.size(), listed.size(), request.describe()), null);
    }
    return List.copyOf(received);
  }

  /** One C-FIND, every answer collected. */
  List<AttributeList> find(AttributeList identifier) throws PacsException {
    List<AttributeList> answers = Collections.synchronizedList(new ArrayList<>());
    IdentifierHandler collect = new IdentifierHandler() {
      @Override
      public void doSomethingWithIdentifier(AttributeList a) throws DicomException {
        if (answers.size() >= MAX_ANSWERS) {
          throw new DicomException("more than " + MAX_ANSWERS + " answers: narrow the search");
        }
        answers.add(a);
      }
    };
    BoundedAssociation.run(pacs, timeout, "C-FIND", (host, port) -> new FindSOPClassSCU(host, port,
        pacs.calledAet(), callingAet, SOPClass.StudyRootQueryRetrieveInformationModelFind, identifier, collect));
    return List.copyOf(answers);
  }

  @FunctionalInterface
  private interface Identifier {
    AttributeList make() throws DicomException;
  }

  private AttributeList identifier(Identifier i) throws PacsException {
    try {
      return i.make();
    } catch (DicomException e) {
      throw new PacsException(name(), "cannot build the query: " + e.getMessage(), e);
    }
  }
}
