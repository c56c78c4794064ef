package org.hazlex.engine;

import java.util.List;
import org.hazlex.findings.Finding;
import org.hazlex.findings.Notice;

/** What the rules made of one job: findings, notices, and the names of the rules that fired. */
public record Evaluation(List<Finding> findings, List<Notice> notices, List<String> firedRules) {
}
