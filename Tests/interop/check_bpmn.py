#!/usr/bin/env python3
"""Check the BPMN 2.0 files Arvio writes with a BPMN engine Arvio did not write (SpiffWorkflow).

For every .bpmn file given (or found under the folders given):
  1. it validates against the BPMN 2.0 schema (BPMN20.xsd with DI, as shipped by SpiffWorkflow, via lxml/libxml2);
  2. SpiffWorkflow parses it and runs it from the start event to the end event; the tasks must come in the order
     of their step numbers ("1. …", "2. …"), every task must sit in a lane, and every lane must hold a task.
The files are documentation (isExecutable="false"); for the run, that flag is set to true in memory only.

Needs `pip install SpiffWorkflow`. Exit status 0 when every file passes, 1 otherwise.
Usage: python3 Tests/interop/check_bpmn.py site/models
"""

import sys
from pathlib import Path

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnParser, BpmnValidator
from SpiffWorkflow.bpmn.workflow import BpmnWorkflow
from SpiffWorkflow.util.task import TaskState


def files(paths):
    for path in map(Path, paths):
        yield from sorted(path.rglob("*.bpmn")) if path.is_dir() else [path]


def check(path):
    problems = []
    text = path.read_bytes()
    validator = BpmnValidator()
    try:
        validator.validate(etree.fromstring(text), str(path))
    except Exception as error:  # SpiffWorkflow's ValidationException carries libxml2's message
        return [f"schema: {error}"]
    parser = BpmnParser(validator=None)
    parser.add_bpmn_xml(etree.fromstring(text.replace(b'isExecutable="false"', b'isExecutable="true"')), filename=str(path))
    spec = parser.get_spec(parser.get_process_ids()[0])
    workflow = BpmnWorkflow(spec)
    ran = []
    for _ in range(1000):
        workflow.do_engine_steps()
        ready = workflow.get_tasks(state=TaskState.READY)
        if not ready:
            break
        for task in ready:
            ran.append((task.task_spec.bpmn_name, task.task_spec.lane))
            task.run()
    if not workflow.is_completed():
        problems.append("the process does not reach its end event")
    numbers = [int(name.split(".", 1)[0]) for name, _ in ran]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"tasks ran in the order {numbers}, not by step number")
    lanes = {lane for _, lane in ran}
    if None in lanes:
        problems.append("a task is outside every lane")
    declared = etree.fromstring(text).findall(".//{http://www.omg.org/spec/BPMN/20100524/MODEL}lane")
    if len(declared) != len(lanes - {None}):
        problems.append(f"{len(declared)} lanes declared, {len(lanes - {None})} hold a task")
    return problems or None, len(ran), len(lanes)


def main(paths):
    found = list(files(paths))
    failed = 0
    for path in found:
        result = check(path)
        if isinstance(result, list):
            problems, tasks, lanes = result, 0, 0
        else:
            problems, tasks, lanes = result
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}: {problem}")
        else:
            print(f"{path}: ok ({tasks} tasks in {lanes} lanes, schema-valid, runs start to end)")
    print(f"{len(found) - failed} passed, {failed} failed")
    return 1 if failed or not found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["site/models"]))
