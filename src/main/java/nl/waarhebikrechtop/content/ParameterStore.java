package nl.waarhebikrechtop.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads every {@code content/parameters/*.yaml} at start-up; a parameter id may be defined only once. */
class ParameterStore implements ParameterSource {

    private final Map<String, Parameter> byId = new TreeMap<>();
    private final List<Parameter> all;
    private final List<LocalDate> changeDates;

    ParameterStore(ContentProperties properties) {
        this(properties.dir().toAbsolutePath().normalize().resolve("parameters"));
    }

    /** The given parameters, e.g. the published values from the database on the definitions from the files. */
    ParameterStore(Collection<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            if (byId.putIfAbsent(parameter.id(), parameter) != null) {
                throw new IllegalArgumentException("parameter '" + parameter.id() + "' twice");
            }
        }
        all = List.copyOf(byId.values());
        changeDates = dates(all);
    }

    ParameterStore(Path folder) {
        for (Path file : yamlFiles(folder)) {
            for (Parameter parameter : new ParameterFileReader(file).read()) {
                Parameter earlier = byId.putIfAbsent(parameter.id(), parameter);
                if (earlier != null) {
                    throw new ContentException(file, "parameter '" + parameter.id() + "' is already defined in "
                            + earlier.file().getFileName());
                }
            }
        }
        all = List.copyOf(byId.values());
        changeDates = dates(all);
    }

    private static List<LocalDate> dates(List<Parameter> parameters) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        parameters.forEach(p -> p.values().forEach(v -> dates.add(v.effectiveFrom())));
        return List.copyOf(dates);
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ContentException(folder, "folder not found; the rules need their parameters");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = new ArrayList<>(files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
            if (sorted.isEmpty()) {
                throw new ContentException(folder, "no parameter files (*.yaml)");
            }
            return sorted;
        } catch (IOException e) {
            throw new ContentException(folder, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public List<Parameter> all() {
        return all;
    }

    @Override
    public Parameter parameter(String id) {
        Parameter parameter = byId.get(id);
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter '" + id + "' in content/parameters");
        }
        return parameter;
    }

    @Override
    public List<LocalDate> changeDates() {
        return changeDates;
    }
}
