package nl.waarhebikrechtop.eligibility;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * Net monthly household income by source, in euros. {@code null} means "don't know"; zero means "none".
 * Kindgebonden budget and the single-parent supplement (alleenstaande-ouderkop) are not income for these schemes
 * and have no field here.
 *
 * @param work    wages or profit after tax
 * @param benefit benefits such as WW, WIA or a pension
 * @param alimony alimony received (partneralimentatie)
 * @param other   any other income
 */
public record Income(@Nullable BigDecimal work, @Nullable BigDecimal benefit, @Nullable BigDecimal alimony,
                     @Nullable BigDecimal other) {

    /** No income from any source. */
    public static final Income NONE = new Income(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Income from one source of which the amount is known; the other sources are zero. */
    public static Income fromWork(BigDecimal amount) {
        return new Income(amount, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static Income fromBenefit(BigDecimal amount) {
        return new Income(BigDecimal.ZERO, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** True when the resident knows every source. */
    public boolean complete() {
        return work != null && benefit != null && alimony != null && other != null;
    }

    /** The sum of the sources that are known. */
    public BigDecimal knownTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal part : new BigDecimal[] {work, benefit, alimony, other}) {
            if (part != null) {
                total = total.add(part);
            }
        }
        return total;
    }

    /** This income with a different amount from work. */
    public Income withWork(@Nullable BigDecimal amount) {
        return new Income(amount, benefit, alimony, other);
    }
}
