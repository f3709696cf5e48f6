package main

import "github.com/mcpauth/mcpauth/policy/celrule"

// policyConditions compiles the conditions ("when") of policy files: CEL.
var policyConditions = celrule.Compile
