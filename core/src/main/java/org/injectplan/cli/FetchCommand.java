package org.injectplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.injectplan.pacs.Fetch;
import org.injectplan.pacs.RetrieveRequest;
import org.injectplan.segment.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code injectplan fetch (--dicomweb URL | --pacs AET@HOST:PORT) --study UID [--series UID]
 * [--instance UID] --out DIR}: the instances as {@code DIR/<SOP Instance UID>.dcm}, all of them
 * or none (see {@link Fetch}); one line per file written.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Retrieve a study, a series or an instance from a PACS (WADO-RS, or C-GET) into DIR as",
        "<SOP Instance UID>.dcm files: all of them or, on any failure, none. Credentials as for find."})
final class FetchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;
  @Mixin
  FindCommand.Pacs pacs;
  @Option(names = "--study", paramLabel = "UID", required = true, description = "Study Instance UID")
  String study;
  @Option(names = "--series", paramLabel = "UID", description = "only this series of the study")
  String series;
  @Option(names = "--instance", paramLabel = "UID", description = "only this instance of the series")
  String instance;
  @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the files into")
  Path out;
  @Option(names = "--force", description = "overwrite files already in DIR")
  boolean force;

  @Override
  public Integer call() throws Exception {
    RetrieveRequest request = new RetrieveRequest(study, Optional.ofNullable(series), Optional.ofNullable(instance));
    List<Path> written = Fetch.fetch(pacs.client(), request, out, force, ProgressListener.NONE);
    written.forEach(p -> spec.commandLine().getOut().println(p));
    return Main.OK;
  }
}
