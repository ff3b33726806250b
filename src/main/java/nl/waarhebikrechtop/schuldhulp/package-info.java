/**
 * Debt help: with the resident's explicit consent, a referral to the Gemeentelijke Kredietbank (GKB), which aims to
 * visit within seven working days; staff follow the referrals up in a list. Kept apart from applications because a
 * referral needs no application and holds only a name, a phone number and a preferred time.
 */
package nl.waarhebikrechtop.schuldhulp;
