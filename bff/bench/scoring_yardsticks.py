"""Yardsticks for the scoring bench (bench/scoring.mjs): XGBoost (hist) and scikit-learn's
HistGradientBoostingClassifier on exactly the folds the engine used.

Input: a JSON file {"data": <csv path>, "categorical": [column indices], "folds": [fold per row],
"seed": int, "innerFolds": [fold per row for the inner early-stopping split]}; the CSV has a header, the
features (categorical as integer codes, missing as empty cells) and the 0/1 label last.
Output: one JSON object on stdout with, per model, per fold: fit seconds, predict seconds and the test
probabilities; the bench computes AUC and KS itself so every model is measured by the same code.
Exit status 3 when xgboost or sklearn cannot be imported (the bench says so and installs nothing).
"""
import json
import sys
import time

try:
    import numpy as np
    import sklearn
    import xgboost as xgb
    from sklearn.ensemble import HistGradientBoostingClassifier
except ImportError as error:  # pragma: no cover - depends on the machine
    print(json.dumps({"missing": str(error)}))
    sys.exit(3)


def load(spec):
    with open(spec["data"], encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split(",")
        rows = [line.rstrip("\n").split(",") for line in handle if line.strip()]
    values = np.array([[float(cell) if cell != "" else np.nan for cell in row] for row in rows], dtype=np.float64)
    return header, values[:, :-1], values[:, -1].astype(np.int32)


def one_hot(x, categorical):
    """XGBoost 1.7 takes categories natively only from pandas, absent here: one indicator per category."""
    if not categorical:
        return x
    keep = [j for j in range(x.shape[1]) if j not in set(categorical)]
    parts = [x[:, keep]]
    for j in categorical:
        column = x[:, j]
        codes = np.unique(column[~np.isnan(column)])
        indicators = np.stack([(column == code).astype(np.float64) for code in codes], axis=1)
        indicators[np.isnan(column)] = np.nan
        parts.append(indicators)
    return np.concatenate(parts, axis=1)


def timed_predict(model, x):
    started = time.perf_counter()
    probabilities = model.predict_proba(x)[:, 1]
    return probabilities, time.perf_counter() - started


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    engine_params = spec["engineParams"]
    _, x, y = load(spec)
    folds = np.array(spec["folds"])
    inner = np.array(spec["innerFolds"])
    categorical = spec["categorical"]
    x_hot = one_hot(x, categorical)
    seed = spec["seed"]
    results = {"xgboostVersion": xgb.__version__, "sklearnVersion": sklearn.__version__, "models": {}}
    models = {
        "xgboost-defaults": [],
        "xgboost-engine-params": [],
        "sklearn-hgb": [],
    }
    for fold in sorted(set(folds.tolist())):
        train = folds != fold
        test = folds == fold
        # XGBoost with its library defaults (100 rounds, eta 0.3, depth 6), histogram method, all cores.
        model = xgb.XGBClassifier(tree_method="hist", random_state=seed)
        started = time.perf_counter()
        model.fit(x_hot[train], y[train])
        fit_seconds = time.perf_counter() - started
        probabilities, predict_seconds = timed_predict(model, x_hot[test])
        models["xgboost-defaults"].append({"fitSeconds": fit_seconds, "predictSeconds": predict_seconds, "rounds": 100, "probabilities": probabilities.tolist()})

        # XGBoost with the engine's tree parameters and early stopping on an inner stratified 20 % of the training rows.
        fit_rows = np.where(train & (inner != 0))[0]
        stop_rows = np.where(train & (inner == 0))[0]
        model = xgb.XGBClassifier(
            tree_method="hist",
            n_estimators=engine_params["maxRounds"],
            learning_rate=engine_params["learningRate"],
            max_depth=engine_params["maxDepth"],
            max_leaves=engine_params["maxLeaves"],
            grow_policy="lossguide",
            min_child_weight=engine_params["minChildWeight"],
            reg_lambda=engine_params["lambda"],
            subsample=engine_params["subsample"],
            colsample_bytree=engine_params["colsample"],
            early_stopping_rounds=engine_params["earlyStoppingRounds"],
            eval_metric="logloss",
            random_state=seed,
        )
        started = time.perf_counter()
        model.fit(x_hot[fit_rows], y[fit_rows], eval_set=[(x_hot[stop_rows], y[stop_rows])], verbose=False)
        fit_seconds = time.perf_counter() - started
        probabilities, predict_seconds = timed_predict(model, x_hot[test])
        models["xgboost-engine-params"].append({"fitSeconds": fit_seconds, "predictSeconds": predict_seconds, "rounds": int(model.best_iteration) + 1, "probabilities": probabilities.tolist()})

        # scikit-learn's histogram boosting with its defaults (early stopping on 10 % above 10,000 rows), categories native.
        mask = np.zeros(x.shape[1], dtype=bool)
        mask[categorical] = True
        model = HistGradientBoostingClassifier(categorical_features=mask if categorical else None, random_state=seed)
        started = time.perf_counter()
        model.fit(x[train], y[train])
        fit_seconds = time.perf_counter() - started
        probabilities, predict_seconds = timed_predict(model, x[test])
        models["sklearn-hgb"].append({"fitSeconds": fit_seconds, "predictSeconds": predict_seconds, "rounds": int(model.n_iter_), "probabilities": probabilities.tolist()})
    results["models"] = models
    print(json.dumps(results))


if __name__ == "__main__":
    main()
