package nl.waarhebikrechtop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages honest: each top-level package is a module, and no module reaches into another's
 * internals (its sub-packages) or forms a cycle with it. See ../shared/STYLE.md and ARCHITECTURE.md.
 */
class ModuleStructureTest {

    @Test
    void feature_modules_only_use_each_others_public_api() {
        ApplicationModules.of(Application.class).verify();
    }
}
