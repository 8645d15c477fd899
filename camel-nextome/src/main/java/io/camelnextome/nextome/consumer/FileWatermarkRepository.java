package io.camelnextome.nextome.consumer;

import java.io.File;

import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * A {@link FileStateRepository} whose file is given by name, so that YAML routes and Camel Main properties can
 * declare it as a bean: Camel converts no String to the {@link File} the parent class takes.
 */
public class FileWatermarkRepository extends FileStateRepository {

    /** The file that keeps the watermarks, created with its directories when missing. */
    public void setFileName(String fileName) {
        setFileStore(new File(fileName));
    }
}
