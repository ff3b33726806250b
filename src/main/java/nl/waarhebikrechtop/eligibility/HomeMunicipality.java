package nl.waarhebikrechtop.eligibility;

/**
 * Where the resident lives. The three municipalities served by Werkplein Drentsche Aa have their own schemes;
 * residents elsewhere only get the national pointers and a note to contact their own municipality.
 */
public enum HomeMunicipality {
    ASSEN("Assen"),
    AA_EN_HUNZE("Aa en Hunze"),
    TYNAARLO("Tynaarlo"),
    ELSEWHERE("");

    private final String displayName;

    HomeMunicipality(String displayName) {
        this.displayName = displayName;
    }

    /** The municipality's name as residents write it; empty for {@link #ELSEWHERE}. */
    public String displayName() {
        return displayName;
    }

    /** True for Assen, Aa en Hunze and Tynaarlo. */
    public boolean servedByWerkplein() {
        return this != ELSEWHERE;
    }
}
