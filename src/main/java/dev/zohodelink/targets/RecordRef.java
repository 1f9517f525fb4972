package dev.zohodelink.targets;

import dev.zohodelink.contract.Module;

/** A record a scenario created, known by its alias ("contact A"). */
public record RecordRef(Module module, String alias, String id) {

    public String label() {
        return module.singular() + " " + alias;
    }
}
