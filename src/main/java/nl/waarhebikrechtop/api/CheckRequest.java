package nl.waarhebikrechtop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.waarhebikrechtop.eligibility.Answer;
import nl.waarhebikrechtop.eligibility.HomeMunicipality;
import nl.waarhebikrechtop.eligibility.Income;
import nl.waarhebikrechtop.eligibility.Relation;
import nl.waarhebikrechtop.eligibility.School;
import nl.waarhebikrechtop.eligibility.Situation;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/v1/checks}: a {@link Situation} as JSON, with the same field names so that the
 * field paths in error responses ({@code children[1].age}) point into the body the client sent. "Weet ik niet"
 * (don't know) is {@code null} for numbers and {@code "UNKNOWN"} for choices, exactly as in Situation. Wrapper
 * types everywhere so that a missing answer is reported by name instead of silently becoming zero.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(description = "A household's situation. null means \"don't know\" for numbers; UNKNOWN does for choices.")
public record CheckRequest(
        @Schema(description = "Where the resident lives or is moving to", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable HomeMunicipality municipality,
        @Schema(description = "True when the resident is moving to the municipality; default false")
        @Nullable Boolean moving,
        @Schema(description = "The applicant's age in years", example = "34", minimum = "15", maximum = "120",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable Integer age,
        @Schema(description = "Married or cohabiting partner; leave out or null when there is none")
        @Nullable PartnerJson partner,
        @Schema(description = "Children living at home (at most 20)") @Nullable List<@Nullable ChildJson> children,
        @Schema(description = "Other adults in the home (at most 20)")
        @Nullable List<@Nullable HousemateJson> housemates,
        @Schema(description = "Net monthly household income by source", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable IncomeJson income,
        @Schema(description = "Savings and other assets in euros; null = don't know", example = "1500.00")
        @Nullable BigDecimal assets,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Answer ownHome,
        @Schema(description = "Debts; UNKNOWN = not sure", requiredMode = Schema.RequiredMode.REQUIRED)
        @Nullable Answer debts,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Answer receivingBijstand,
        @Schema(description = "Months with an income at or below the bijstand norm; null = don't know")
        @Nullable Integer monthsAtOrBelowNorm,
        @Schema(description = "Rent per month in euros; null = don't know or not renting", example = "650.00")
        @Nullable BigDecimal monthlyRent,
        @Schema(description = "Whether the applicant receives, or could receive, study finance (WSF 2000) or a WTOS "
                + "allowance; it excludes bijstand. Left out = UNKNOWN", example = "NO")
        @Nullable Answer studyFinance,
        @Schema(description = "The date of the check (rules and amounts in force then); default today",
                example = "2026-03-01")
        @Nullable LocalDate date) {

    /** The partner; {@code age} null = don't know. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PartnerJson(@Schema(example = "36") @Nullable Integer age) {
    }

    /** A child at home. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ChildJson(@Schema(example = "8", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer age,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable School school) {
    }

    /** Another adult in the home; {@code age} null = don't know. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record HousemateJson(@Nullable Integer age,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Relation relation) {
    }

    /** Net monthly income in euros per source; null = don't know, 0 = none. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record IncomeJson(@Schema(example = "1200.00") @Nullable BigDecimal work, @Nullable BigDecimal benefit,
                             @Nullable BigDecimal alimony, @Nullable BigDecimal other) {
    }

    /**
     * Whole numbers that {@link Situation} keeps as {@code int} cannot be "don't know"; the fields that are missing
     * here are reported by the API itself. Every other problem is found by the engine's validator.
     */
    List<String> missingWholeNumbers() {
        List<String> missing = new ArrayList<>(0);
        if (age == null) {
            missing.add("age");
        }
        if (children != null) {
            for (int i = 0; i < children.size(); i++) {
                ChildJson child = children.get(i);
                if (child != null && child.age() == null) {
                    missing.add("children[" + i + "].age");
                }
            }
        }
        return missing;
    }

    /**
     * The situation this request describes. A missing whole number (see {@link #missingWholeNumbers()}) becomes
     * a placeholder; callers report it and drop the validator's remarks on the same field.
     */
    Situation toSituation() {
        List<Situation.Child> kids = new ArrayList<>();
        if (children != null) {
            for (ChildJson child : children) {
                kids.add(child == null ? null : new Situation.Child(wholeOrPlaceholder(child.age()), child.school()));
            }
        }
        List<Situation.Housemate> mates = new ArrayList<>();
        if (housemates != null) {
            for (HousemateJson mate : housemates) {
                mates.add(mate == null ? null : new Situation.Housemate(mate.age(), mate.relation()));
            }
        }
        Income money = income == null ? null
                : new Income(income.work(), income.benefit(), income.alimony(), income.other());
        return new Situation(municipality, Boolean.TRUE.equals(moving), wholeOrPlaceholder(age),
                partner == null ? null : new Situation.Partner(partner.age()), kids, mates, money, assets, ownHome,
                debts, receivingBijstand, monthsAtOrBelowNorm, monthlyRent,
                studyFinance == null ? Answer.UNKNOWN : studyFinance);
    }

    private static int wholeOrPlaceholder(@Nullable Integer value) {
        return value == null ? -1 : value;
    }
}
