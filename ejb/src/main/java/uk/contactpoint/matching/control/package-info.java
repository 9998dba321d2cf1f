/**
 * Matching a feed record to a child (DESIGN.md rule 10): MatchCandidates reads the child a trusted
 * identifier names, the candidates of its blocks (MatchBlocking: index ranges, never a scan) and
 * shielded look-alikes; MatchScorer weighs each pair by Fellegi-Sunter, with how common each name
 * is (NameFrequencyCache); MatchDecider links a confident match, sends an uncertain one to the
 * data-quality team, and holds any record that meets a shielded child for that child's team (rule
 * 5).
 */
package uk.contactpoint.matching.control;
