/**
 * A whole name as the grammar's ID terminal reads it (autonomy.langium): letters,
 * digits, _ and hyphens inside. A test checks the two agree.
 */
export const NAME = /^[_a-zA-Z](?:\w|-(?=\w))*$/;
