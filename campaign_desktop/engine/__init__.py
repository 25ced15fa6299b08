"""The send flow in pure Python: audience, rules, personalisation, preparation. Never imports Qt."""
