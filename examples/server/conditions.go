package main

import "github.com/mcpauth/mcpauth/policy"

// policyConditions compiles the conditions ("when") of policy files.
var policyConditions func(string) (policy.Condition, error)
