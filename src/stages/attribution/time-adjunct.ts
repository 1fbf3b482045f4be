/**
 * A time adjunct news writes between a subject and its verb or between a verb and its preposition: "Iran on
 * Monday rejected", "The ministry late on Friday said", "called on Tuesday for".
 */
export const TIME = /(?:early |late )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|(?:last|this|earlier this) (?:week|month|year)/;

/** A gap of white space around one time adjunct: " on Monday ". */
export const TIME_BETWEEN = new RegExp(`^\\s+(?:${TIME.source})\\s+$`, 'i');
