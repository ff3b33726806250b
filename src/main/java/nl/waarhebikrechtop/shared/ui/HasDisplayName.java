package nl.waarhebikrechtop.shared.ui;

/**
 * A signed-in principal that has a name to show people (e.g. "Demo klantmanager"), so the layout can greet the
 * user without knowing the account module.
 */
public interface HasDisplayName {

    String displayName();
}
