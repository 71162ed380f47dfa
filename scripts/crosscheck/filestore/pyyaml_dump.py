"""Pins for lib/mlflow/mlflow-yaml-write.test.ts and friends.

Dumps every case of lib/mlflow/fixtures/filestore/pyyaml/cases.json the way MLflow writes files:
  * YAML: yaml.dump(data, default_flow_style=False, allow_unicode=True, sort_keys=True,
    Dumper=yaml.SafeDumper) (mlflow/utils/yaml_utils.py::write_yaml)
  * JSON: json.dumps(value) and json.dumps(value, indent=2) (signatures, log-model history tag)
  * metric values: repr(float(text)) and str() of nan/inf, as MLflow writes metric lines
and writes the results to expected.json beside cases.json.

Run with the system Python (PyYAML 6.0):  /usr/bin/python3 scripts/crosscheck/filestore/pyyaml_dump.py
"""
import json
import math
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', '..', '..', 'lib', 'mlflow', 'fixtures', 'filestore', 'pyyaml')

with open(os.path.join(FIXTURES, 'cases.json'), encoding='utf-8') as f:
    cases = json.load(f)

out = {'pyyaml_version': yaml.__version__, 'yaml': {}, 'json': {}, 'json_indent2': {}, 'metric_values': {}}
for name, data in cases['yaml'].items():
    out['yaml'][name] = yaml.dump(data, default_flow_style=False, allow_unicode=True, sort_keys=True,
                                  Dumper=yaml.SafeDumper)
    # the dump must read back to the same data
    assert yaml.safe_load(out['yaml'][name]) == data, name
for name, value in cases['json'].items():
    out['json'][name] = json.dumps(value)
    out['json_indent2'][name] = json.dumps(value, indent=2)
for text in cases['metric_values']:
    out['metric_values'][text] = repr(float(text))
for value in [math.nan, math.inf, -math.inf]:
    # MLflow writes "%s" % value; float() reads it back
    written = '%s' % value
    assert (math.isnan(float(written)) if math.isnan(value) else float(written) == value)
    out['metric_values'][written] = written

with open(os.path.join(FIXTURES, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write('\n')
print('wrote', os.path.join(FIXTURES, 'expected.json'))
