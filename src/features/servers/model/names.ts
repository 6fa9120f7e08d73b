/** A server name (004:L6048): letters, digits and `-`, from a letter, not ending with `-`. */
export const SERVER_NAME = /^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** A display name (004:L6122): no full-width characters, none of / : * ? " < > |, no leading or trailing dot. */
export const ALIAS = /^(?![.])[^/:*?"<>|\uFF01-\uFF5E]*(?<![.])$/;
